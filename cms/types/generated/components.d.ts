import type { Schema, Struct } from '@strapi/strapi';

export interface ContactDetails extends Struct.ComponentSchema {
  collectionName: 'components_contact_details';
  info: {
    description: 'Address, telephone, fax, email and website of an office or an official.';
    displayName: 'Contact details';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    email: Schema.Attribute.Email;
    fax: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    website: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface DialogueQuestionAnswer extends Struct.ComponentSchema {
  collectionName: 'components_dialogue_question_answers';
  info: {
    description: 'A question put to the leaders during an online dialogue, who asked it, and the answer given.';
    displayName: 'C\u00E2u h\u1ECFi v\u00E0 tr\u1EA3 l\u1EDDi';
  };
  attributes: {
    answer: Schema.Attribute.RichText;
    answeredBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    askedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    question: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 4000;
      }>;
  };
}

export interface DisclosureTiming extends Struct.ComponentSchema {
  collectionName: 'components_disclosure_timings';
  info: {
    description: 'Where, in what form, when and for how long an item is disclosed (N\u0110 13/2018/N\u0110-CP \u0110i\u1EC1u 6).';
    displayName: 'Disclosure timing';
  };
  attributes: {
    deadlineWorkingDays: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 365;
          min: 0;
        },
        number
      >;
    form: Schema.Attribute.Enumeration<
      ['portal', 'mass_media', 'gazette', 'notice_board', 'meeting', 'other']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'portal'>;
    howLong: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    when: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    where: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface MediaAttachment extends Struct.ComponentSchema {
  collectionName: 'components_media_attachments';
  info: {
    description: 'A downloadable file; the title is the link text readers see.';
    displayName: 'Attached file';
  };
  attributes: {
    file: Schema.Attribute.Media<'files' | 'images'> &
      Schema.Attribute.Required;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface MediaImage extends Struct.ComponentSchema {
  collectionName: 'components_media_images';
  info: {
    description: 'An image shown in the content, with a text alternative in this language. Publishing needs both the file and the alternative text.';
    displayName: 'Image';
  };
  attributes: {
    alt: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    file: Schema.Attribute.Media<'images'>;
  };
}

export interface NavigationLink extends Struct.ComponentSchema {
  collectionName: 'components_navigation_links';
  info: {
    description: 'A link: an http(s) address or a path on the same portal such as /gioi-thieu/.';
    displayName: 'Link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface NavigationMenuItem extends Struct.ComponentSchema {
  collectionName: 'components_navigation_menu_items';
  info: {
    description: 'A menu entry and its sub-entries.';
    displayName: 'Menu item';
  };
  attributes: {
    children: Schema.Attribute.Component<'navigation.link', true>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface PortalContact extends Struct.ComponentSchema {
  collectionName: 'components_portal_contacts';
  info: {
    description: 'Footer contact data required on every portal page (TT 22/2023).';
    displayName: 'Contact';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    email: Schema.Attribute.Email;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    responsiblePerson: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
  };
}

export interface PortalHomeBlock extends Struct.ComponentSchema {
  collectionName: 'components_portal_home_blocks';
  info: {
    description: "One block of a portal's home page: what it shows and how many items.";
    displayName: 'Kh\u1ED1i trang ch\u1EE7';
  };
  attributes: {
    category: Schema.Attribute.Relation<
      'oneToOne',
      'api::news-category.news-category'
    >;
    itemCount: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 12;
          min: 1;
        },
        number
      >;
    kind: Schema.Attribute.Enumeration<
      [
        'featured_news',
        'latest_news',
        'news_category',
        'legal_documents',
        'direction_items',
        'public_services',
        'consultations',
        'featured_links',
        'network_news',
        'network_consultations',
        'portal_directory',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'latest_news'>;
  };
}

export interface PortalLocaleSite extends Struct.ComponentSchema {
  collectionName: 'components_portal_locale_sites';
  info: {
    description: "Where one language of the portal is served, and the portal's full name in that language.";
    displayName: 'Language site';
  };
  attributes: {
    host: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 253;
      }>;
    locale: Schema.Attribute.Enumeration<['vi', 'en', 'km']> &
      Schema.Attribute.Required;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    pathPrefix: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }> &
      Schema.Attribute.DefaultTo<'/'>;
  };
}

export interface PortalTechnicalContact extends Struct.ComponentSchema {
  collectionName: 'components_portal_technical_contacts';
  info: {
    description: "The portal's technical focal point, named to the provincial office (Quy ch\u1EBF \u011029 k3): who is told when the portal's builds fail or it goes down. Kept in the CMS, never published.";
    displayName: 'Technical contact';
  };
  attributes: {
    email: Schema.Attribute.Email & Schema.Attribute.Required;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    position: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'contact.details': ContactDetails;
      'dialogue.question-answer': DialogueQuestionAnswer;
      'disclosure.timing': DisclosureTiming;
      'media.attachment': MediaAttachment;
      'media.image': MediaImage;
      'navigation.link': NavigationLink;
      'navigation.menu-item': NavigationMenuItem;
      'portal.contact': PortalContact;
      'portal.home-block': PortalHomeBlock;
      'portal.locale-site': PortalLocaleSite;
      'portal.technical-contact': PortalTechnicalContact;
    }
  }
}

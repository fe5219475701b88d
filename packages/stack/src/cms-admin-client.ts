/**
 * Drives the CMS the way the admin panel does (admin login, Content Manager API), so tests and
 * benchmarks exercise the same path as an editor's clicks, including the Document Service
 * middlewares.
 */
export class CmsAdminClient {
  readonly #cmsUrl: string;
  #token: string | undefined;

  constructor(cmsUrl: string) {
    this.#cmsUrl = cmsUrl.replace(/\/+$/, '');
  }

  async login(email: string, password: string): Promise<void> {
    const body = await this.#request('POST', '/admin/login', { email, password }, false);
    this.#token = body.data.token;
  }

  /**
   * Creates an admin user with the given admin roles (by role code, e.g. `strapi-editor`) and
   * completes their registration with `password`, as an invited person would. Answers a client
   * logged in as that user.
   */
  async createUser(user: { email: string; firstname: string; lastname?: string; password: string; roleCodes: string[] }): Promise<CmsAdminClient> {
    const roles: Array<{ id: number; code: string }> = (await this.#request('GET', '/admin/roles')).data;
    const roleIds = user.roleCodes.map((code) => {
      const role = roles.find((candidate) => candidate.code === code);
      if (!role) throw new Error(`no admin role with code "${code}" (known: ${roles.map((candidate) => candidate.code).join(', ')})`);
      return role.id;
    });
    const created = (await this.#request('POST', '/admin/users', { email: user.email, firstname: user.firstname, lastname: user.lastname, roles: roleIds })).data;
    const registrationToken: string = created.registrationToken;
    await this.#request('POST', '/admin/register', { registrationToken, userInfo: { firstname: user.firstname, lastname: user.lastname, password: user.password } }, false);
    const client = new CmsAdminClient(this.#cmsUrl);
    await client.login(user.email, user.password);
    return client;
  }

  async findDocuments(uid: string, query = ''): Promise<any[]> {
    return (await this.#request('GET', `/content-manager/collection-types/${uid}?pageSize=100${query}`)).results;
  }

  async tenantDocumentId(code: string): Promise<string> {
    const [tenant] = await this.findDocuments('api::tenant.tenant', `&filters[code][$eq]=${encodeURIComponent(code)}`);
    if (!tenant) throw new Error(`no tenant "${code}" in the CMS`);
    return tenant.documentId;
  }

  /** Creates a draft in one locale; returns its documentId. */
  async createDraft(uid: string, locale: string, data: Record<string, unknown>): Promise<string> {
    const body = await this.#request('POST', `/content-manager/collection-types/${uid}?locale=${locale}`, data);
    return body.data.documentId;
  }

  /** Saves the draft of a locale of an existing document, creating that locale if it is new. */
  async saveDraft(uid: string, documentId: string, locale: string, data: Record<string, unknown>): Promise<void> {
    await this.#request('PUT', `/content-manager/collection-types/${uid}/${documentId}?locale=${locale}`, data);
  }

  async publish(uid: string, documentId: string, locale: string): Promise<void> {
    await this.#request('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/publish?locale=${locale}`, {});
  }

  async unpublish(uid: string, documentId: string, locale: string): Promise<void> {
    await this.#request('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/unpublish?locale=${locale}`, {});
  }

  async delete(uid: string, documentId: string, locale: string): Promise<void> {
    await this.#request('DELETE', `/content-manager/collection-types/${uid}/${documentId}?locale=${locale}`);
  }

  /** Uploads files to the media library as the admin panel does (multipart); answers the stored files. */
  async uploadFiles(files: Array<{ name: string; type: string; bytes: Uint8Array; alternativeText?: string }>): Promise<any[]> {
    if (!this.#token) throw new Error('call login() first');
    const form = new FormData();
    for (const file of files) {
      form.append('files', new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }), file.name);
      form.append('fileInfo', JSON.stringify({ name: file.name, alternativeText: file.alternativeText ?? null }));
    }
    const response = await fetch(`${this.#cmsUrl}/upload`, { method: 'POST', headers: { authorization: `Bearer ${this.#token}` }, body: form });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST /upload answered ${response.status}: ${text.slice(0, 500)}`);
    return JSON.parse(text);
  }

  /** Calls the CMS with this admin's token on any path (content API, GraphQL), answering the raw response. */
  fetchWithToken(path: string, init: RequestInit = {}): Promise<Response> {
    if (!this.#token) throw new Error('call login() first');
    return fetch(`${this.#cmsUrl}${path}`, { ...init, headers: { authorization: `Bearer ${this.#token}`, 'content-type': 'application/json', ...init.headers } });
  }

  /** Any other admin API call, authenticated; answers the parsed JSON body. */
  request(method: string, path: string, json?: unknown): Promise<any> {
    return this.#request(method, path, json);
  }

  /** An authenticated GET of a file the admin API serves (CSV, HTML): its content type and text. */
  async download(path: string): Promise<{ contentType: string; disposition: string; text: string }> {
    if (!this.#token) throw new Error('call login() first');
    const response = await fetch(`${this.#cmsUrl}${path}`, { headers: { authorization: `Bearer ${this.#token}` } });
    // Keeps a byte-order mark, which response.text() would drop: callers check what the file holds.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    return { contentType: response.headers.get('content-type') ?? '', disposition: response.headers.get('content-disposition') ?? '', text };
  }

  async #request(method: string, path: string, json?: unknown, authenticated = true): Promise<any> {
    if (authenticated && !this.#token) throw new Error('call login() first');
    const response = await fetch(`${this.#cmsUrl}${path}`, {
      method,
      headers: {
        ...(authenticated ? { authorization: `Bearer ${this.#token}` } : {}),
        ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: json !== undefined ? JSON.stringify(json) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : undefined;
  }
}

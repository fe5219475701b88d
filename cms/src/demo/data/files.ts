/** The demo's files, with the alternative text each image keeps in the media library. */
export const DEMO_FILES: { name: string; folder: 'images' | 'documents'; alternativeText?: string }[] = [
  { name: 'tru-so-ubnd.jpg', folder: 'images', alternativeText: 'Trụ sở hai tầng mái ngói đỏ, cờ đỏ sao vàng trên nóc (ảnh minh họa)' },
  { name: 'ban-do-hanh-chinh.png', folder: 'images', alternativeText: 'Bản đồ hành chính minh họa: các vùng màu hai bên một dòng sông' },
  { name: 'chan-dung.png', folder: 'images', alternativeText: 'Ảnh chân dung minh họa, hình bóng người mặc áo vest' },
  { name: 'hoi-cho-nong-san.jpg', folder: 'images', alternativeText: 'Các gian hàng nông sản dưới mái che nhiều màu (ảnh minh họa)' },
  { name: 'van-ban-minh-hoa.pdf', folder: 'documents' },
];

/** Names of exported files: `<cluster-slug>_<YYYY-MM-DD>_<kind>.<ext>`, the same on every device. */

/** A file-name-safe slug: Polish letters folded to ASCII (ł → l), lower case, words joined by hyphens. */
export function slugify(text: string): string {
  const folded = text
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  const slug = folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'assessment';
}

/** The file name of an export of one assessment. */
export function exportFileName(clusterName: string, localDate: string, kind: string, extension: string): string {
  return `${slugify(clusterName)}_${localDate}_${kind}.${extension}`;
}

/** All EU reference figures, for the library page. Stub. */
export function ReferenceLibrary() {
  return null;
}

/** All cluster cases, for the library page. Stub. */
export function CaseLibrary() {
  return null;
}

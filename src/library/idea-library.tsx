/** The idea library (goal and measure ideas), browsable on the library page. Stub. */
export function IdeaLibrary() {
  return null;
}

/** How many times this test file has loaded modele-social's rules (counted by test/helpers/modeleSocial.js). */
export function modeleSocialLoads(): number {
  return (globalThis as { modeleSocialLoads?: number }).modeleSocialLoads ?? 0;
}

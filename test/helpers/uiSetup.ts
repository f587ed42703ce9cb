import { configure } from "@testing-library/react";

// A CI machine shared by other jobs can take seconds to render after an engine call: waits give up after 15 s, not 1 s.
configure({ asyncUtilTimeout: 15000 });

// Fluent UI measures its popovers with ResizeObserver, which jsdom lacks.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

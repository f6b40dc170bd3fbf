import { afterAll } from 'vitest';
import { LogoRenderer } from '../../src/edge/render.js';

/**
 * Renderers a test file makes, each closed when the file is done (so no render process outlives
 * its tests). Call at the top level of a test file.
 */
export function renderers(): (options?: ConstructorParameters<typeof LogoRenderer>[0]) => LogoRenderer {
  const made: LogoRenderer[] = [];
  afterAll(() => {
    for (const renderer of made) renderer.close();
  });
  return (options = {}) => {
    const created = new LogoRenderer(options);
    made.push(created);
    return created;
  };
}

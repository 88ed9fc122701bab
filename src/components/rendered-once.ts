/** The HTML of each `<RenderedOnce>` slot, by name, for the whole build (or dev server run). */
export const renderedOnce = new Map<string, Promise<string>>();

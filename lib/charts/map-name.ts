/** The name under which the geometry of lib/map/geometry.ts is registered with ECharts. */
export const MAP_NAME = 'sweden';

/**
 * The feature property that identifies a region: MAP_NAME_PROPERTY of lib/map/geometry.ts (tested).
 * Not imported from there, so that building an option in the browser never pulls the geometry into
 * the page's JavaScript (it comes with ECharts, in the chunk loaded after hydration).
 */
export const MAP_NAME_PROPERTY = 'code';

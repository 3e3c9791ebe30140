/** Data collection: the services every transport (CLI, HTTP, seed) calls. */

export { DEMO_SOURCE, generateDemoData } from './demo/generate-demo-data.ts';
export { listDepartments, seedDepartments } from './departments/manage-departments.ts';
export { getSeriesHistory } from './observations/get-series-history.ts';
export { importObservations, recordObservations } from './observations/import-observations.ts';
export { listObservations } from './observations/list-observations.ts';
export { compareRegions } from './regions/compare-regions.ts';
export { findRegion } from './regions/find-region.ts';
export { loadRegions } from './regions/load-regions.ts';
export { rollUpRegion } from './regions/roll-up-region.ts';

import pkg from '../package.json';

/** The API version reported by `version` and the start-up log (from package.json). */
export const API_VERSION: string = pkg.version;

// holdout's version: the build replaces HOLDOUT_VERSION with package.json's.
declare const HOLDOUT_VERSION: string | undefined;
export const VERSION: string = typeof HOLDOUT_VERSION === 'string' ? HOLDOUT_VERSION : '0.0.0-dev';

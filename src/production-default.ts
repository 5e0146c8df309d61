/**
 * Imported first by the entry point, before graphql-js loads: graphql-js reads NODE_ENV once, and
 * outside 'production' it runs development-only checks on every resolved value (a few percent of
 * a request's CPU). Set NODE_ENV=development to get them.
 */
process.env.NODE_ENV ??= 'production';

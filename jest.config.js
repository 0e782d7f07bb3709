/**
 * One jest run covers unit, Cypher-snapshot and integration suites. Integration suites share one throwaway
 * Neo4j that globalSetup starts on a free port with a temporary data folder (never the developer's data);
 * they run in band because Community Edition has a single user database.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  testTimeout: 60000,
};

/**
 * Two projects. `unit` needs nothing but Node (no Java, Maven or Neo4j): `npm run test:unit`. `db` holds every
 * suite that talks to a real Neo4j; its globalSetup starts one throwaway Neo4j per jest worker (free ports,
 * temporary folders), so the two workers of `npm test` run suites in parallel without sharing a database
 * (Community Edition has a single user database; a suite may reset it because no other worker uses it).
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] };

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform,
    },
    {
      displayName: 'db',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['<rootDir>/test/{integration,http,faults,browser}/**/*.test.ts'],
      transform,
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
    },
  ],
};

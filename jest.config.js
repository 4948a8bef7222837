/** Jest runs the TypeScript sources through ts-jest (transpile-only: tsc checks types in `npm run build`, the tests in `npm run lint`). */
module.exports = {
  // Jest's Node environment plus each file's databases: its worker's own (tests/setup/test-environment.ts).
  testEnvironment: '<rootDir>/tests/setup/test-environment.ts',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // jose, the vector-tile packages, flatgeobuf and stream-json/stream-chain ship ES modules only: Node's require(esm) loads them
    // in the app, Jest's module system needs them as CommonJS.
    '^.+\\.js$': [
      'ts-jest',
      {
        tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true, isolatedModules: true },
      },
    ],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(jose|@maplibre/vt-pbf|@mapbox/vector-tile|@mapbox/point-geometry|pbf|flatgeobuf|stream-json|stream-chain)/)',
  ],
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 120000,
  // Files run in parallel workers, each on its own database (tests/setup/global-setup.ts prepares one per worker).
  // Two: on the 2-core CI machine the two database modes run side by side, so four workers share two cores
  // (README, "Test suite"). A single file runs in Jest's own process (worker 1).
  maxWorkers: 2,
};

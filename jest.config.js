/** Jest runs the TypeScript sources through ts-jest (transpile-only: tsc checks types in `npm run build`, the tests in `npm run lint`). */
module.exports = {
  testEnvironment: 'node',
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
  maxWorkers: 1,
};

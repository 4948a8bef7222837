// CSS imported for its side effect: esbuild bundles it into the entry's stylesheet.
declare module '*.css';

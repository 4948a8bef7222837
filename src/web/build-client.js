import { bundleWebClient } from './client-bundle';
/** `npm run build` step: the browser bundle of the map page (see client-bundle.ts). */
bundleWebClient()
    .then(({ outdir, files }) => {
    const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
    const gzip = files.reduce((sum, f) => sum + f.gzipBytes, 0);
    process.stdout.write(`web client: ${files.length} files, ${bytes} bytes (${gzip} gzipped) in ${outdir}\n`);
})
    .catch((error) => {
    process.stderr.write(`web client build failed: ${String(error)}\n`);
    process.exit(1);
});

// The open-data export as a worker thread (see writeOpenDataInWorker): it loads the registry itself,
// so the build's main thread keeps rendering pages while this one writes the files.
import { parentPort, workerData } from 'node:worker_threads';
import { formatError, loadRegistry } from '../registry/index.ts';
import { dataVersion } from './data-version.ts';
import { writeOpenData } from './write-open-data.ts';

const { registryFolder, dataDir, apiDir, siteUrl } = workerData as { registryFolder: string; dataDir: string; apiDir: string; siteUrl: string };
const { registry, errors } = loadRegistry(registryFolder);
if (!registry) throw new Error(`The registry has ${errors.length} problem(s):\n${errors.slice(0, 50).map(formatError).join('\n')}`);
parentPort!.postMessage(writeOpenData(registry, { dataDir, apiDir, siteUrl, version: dataVersion(registryFolder) }));

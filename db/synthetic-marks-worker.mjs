// Worker thread entry for the synthetic trademark index (db/synthetic-marks.ts). JavaScript,
// because a worker thread does not inherit tsx's loader; tsx's API loads the TypeScript module.
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { buildMarks } = await tsImport("./synthetic-marks.ts", import.meta.url);
buildMarks(workerData, (done) => parentPort.postMessage({ done }));

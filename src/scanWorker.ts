// The scan worker's entry (dist/scanWorker.js): reads the files it is given into one Scan and
// hands back what it found, undiagnosed. See src/source/workerScan.ts.
import { parentPort } from 'node:worker_threads'
import { Scan } from './engine/Scan.js'
import { feedFile } from './source/feedFile.js'
import type { WorkerJob, WorkerReply } from './source/workerScan.js'
import { errorMessage } from './common/errorMessage.js'

parentPort?.once('message', async (job: WorkerJob) => {
  let reply: WorkerReply
  try {
    const analysis = new Scan({ maxFindings: job.maxFindings })
    for (const file of job.files) {
      const source = analysis.source(file.name)
      try {
        await feedFile(file.path, (chunk) => source.write(chunk))
      } finally {
        source.end()
      }
    }
    reply = { ok: true, result: analysis.snapshot() }
  } catch (error) {
    reply = { ok: false, error: errorMessage(error) }
  }
  parentPort!.postMessage(reply)
})

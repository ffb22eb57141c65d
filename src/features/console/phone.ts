/** A mainland mobile number, as the server's schema accepts it. */
export const PHONE = /^1[3-9][0-9]{9}$/;

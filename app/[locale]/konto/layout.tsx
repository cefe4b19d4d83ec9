// The signed-in pages open with who is signed in and where their work is.
export { SignedInLayout as default } from '../signed-in-frame';

// Types only: see preact.d.ts. Importing this file does nothing at run time.
export {};

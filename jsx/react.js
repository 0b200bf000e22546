// Types only: see react.d.ts. Importing this file does nothing at run time.
export {};

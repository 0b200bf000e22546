// Types only: see props.d.ts. Importing this file does nothing at run time.
export {};

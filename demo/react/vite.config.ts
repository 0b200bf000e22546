import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The seed story is served from the repository's demo/stories/ (copied next
// to this app when the test builds it elsewhere).
export default defineConfig({
  plugins: [react()],
  publicDir: fileURLToPath(new URL('../stories', import.meta.url)),
});

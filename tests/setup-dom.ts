// Component tests: jest-dom matchers and an IndexedDB for jsdom.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';

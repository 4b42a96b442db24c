export { crossDocumentFindings, localTarget, type ProjectFile, type ProjectHost } from './cross-document.js';

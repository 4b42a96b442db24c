export { crossDocumentFindings, localTarget, projectFile, type ProjectFile, type ProjectHost, type NamedPerson } from './cross-document.js';

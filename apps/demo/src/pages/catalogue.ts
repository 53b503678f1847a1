// Catalogue: <losi-catalogue> lists and searches the indicators with their guide texts, in the page's language.
import '@losi/widgets/catalogue';
import { startShell } from '../shell.js';

await startShell();

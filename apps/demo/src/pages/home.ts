// The start page: links only, plus the shared header.
import { startShell } from '../shell.js';

void startShell();

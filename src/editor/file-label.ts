/** The editor's accessible name for the workspace file it shows, and the language Monaco colours it as. */
export const editorLabel = (path: string): string => (path === "app.py" ? "Flask app code (app.py)" : `${path}, a file of the Flask app`);

export const editorLanguage = (path: string): string => (path.endsWith(".py") ? "python" : "plaintext");

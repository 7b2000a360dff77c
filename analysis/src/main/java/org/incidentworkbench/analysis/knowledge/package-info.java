/** Knowledge-base documents (runbooks, past incident summaries, diff chunks) and their embeddings. */
package org.incidentworkbench.analysis.knowledge;

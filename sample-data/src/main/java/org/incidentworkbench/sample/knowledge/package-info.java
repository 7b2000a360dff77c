/**
 * The knowledge base of the sample: runbooks of the important services and summaries of past
 * incidents, kept as Markdown resources with a small front matter, loaded into kb_documents.
 * Embeddings are left to the embedding model.
 */
package org.incidentworkbench.sample.knowledge;

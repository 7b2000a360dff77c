/** The JSON form of labels, attributes and payloads as stored in every engine. */
package org.incidentworkbench.storage.json;

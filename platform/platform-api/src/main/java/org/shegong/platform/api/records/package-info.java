/** How services tell callers that a record is not theirs to see, or changed under them. */
package org.shegong.platform.api.records;

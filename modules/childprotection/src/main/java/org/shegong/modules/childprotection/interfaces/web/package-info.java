/** The child-protection pages' beans: thin, one application service each, labels from the bundle. */
package org.shegong.modules.childprotection.interfaces.web;

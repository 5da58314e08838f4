/**
 * Domain events: raised inside boundary transactions as CDI events, relayed to the OpenMQ broker
 * after commit, consumed by message-driven beans that hand them to the feature that reacts.
 */
package com.marketplace.events;

package io.clientela.core.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** The import mappings of the demo files, written beside them (see docs/mappings.md for the format). */
final class DemoMappings {
    static final Map<String, String[]> FILES = new LinkedHashMap<>();

    static {
        FILES.put("products.csv", new String[] {"products", """
                source: shop
                entity: products
                fields: {product_id: product_id, name: name, category: category, price: price, cost: cost, currency: currency}
                """});
        FILES.put("customers-shop.csv", new String[] {"customers", """
                source: shop
                entity: customers
                fields:
                  customer_id: customer_id
                  first_name: first_name
                  last_name: last_name
                  email: email
                  phone: phone
                  birth_date: birth_date
                  gender: gender
                  language: language
                  country: country
                  region: region
                  city: city
                  latitude: latitude
                  longitude: longitude
                  acquisition_channel: acquisition_channel
                  acquired_at: acquired_at
                  consent_email: consent_email
                  consent_sms: consent_sms
                  consent_tracking: consent_tracking
                  updated_at: updated_at
                """});
        FILES.put("customers-crm.csv", new String[] {"customers", """
                source: crm
                entity: customers
                fields: {customer_id: crm_id, name: full_name, email: email, phone: phone, country: country, city: city,
                         account_owner: account_owner, updated_at: last_modified}
                """});
        FILES.put("campaigns.csv", new String[] {"campaigns", """
                source: marketing
                entity: campaigns
                fields: {campaign_id: campaign_id, name: name, channel: channel, cost: cost, currency: currency, started_at: start, ended_at: end}
                """});
        FILES.put("order-lines.csv", new String[] {"order_lines", """
                source: shop
                entity: order_lines
                fields:
                  order_id: order_id
                  line_no: line
                  ordered_at: ordered_at
                  customer_id: customer_id
                  product_id: product_id
                  product_name: product_name
                  category: category
                  quantity: quantity
                  unit_price: unit_price
                  amount: {expr: "quantity * unit_price"}
                  currency: currency
                  channel: channel
                  store: store
                  region: region
                  country: country
                  status: status
                  returned_quantity: returned_quantity
                """});
        FILES.put("events.jsonl", new String[] {"events", """
                source: shop
                entity: events
                fields: {event_id: id, customer_id: user, anonymous_id: anon, type: type, occurred_at: ts, channel: channel,
                         session_id: session, url: url, product_id: product, properties: props}
                """});
        FILES.put("tickets.csv", new String[] {"tickets", """
                source: helpdesk
                entity: tickets
                fields: {ticket_id: ticket_id, customer_email: email, opened_at: opened, closed_at: closed, category: category,
                         channel: channel, priority: priority, warranty: warranty, cost: cost, outcome: outcome, satisfaction: satisfaction}
                """});
        FILES.put("feedback.jsonl", new String[] {"feedback", """
                source: survey
                entity: feedback
                fields: {feedback_id: response, customer_email: email, responded_at: at, survey: survey, touchpoint: touchpoint,
                         channel: channel, nps: nps, csat: csat, ces: ces, ratings: ratings, text: comment, language: lang}
                """});
        FILES.put("campaign-contacts.csv", new String[] {"campaign_contacts", """
                source: shop
                entity: campaign_contacts
                fields: {campaign_id: campaign_id, customer_id: customer_id, contacted_at: contacted_at, responded: responded,
                         responded_at: responded_at, converted: converted, revenue: revenue}
                """});
        FILES.put("opportunities.csv", new String[] {"opportunities", """
                source: crm
                entity: opportunities
                fields: {opportunity_id: opportunity_id, customer_id: account, name: name, stage: stage, amount: amount, currency: currency,
                         owner: owner, created_at: created, expected_close: expected_close, closed_at: closed, status: status}
                """});
        FILES.put("activities.csv", new String[] {"activities", """
                source: crm
                entity: activities
                fields: {activity_id: activity_id, opportunity_id: opportunity_id, customer_id: account, type: type, outcome: outcome,
                         occurred_at: at, owner: owner}
                """});
        FILES.put("sales-targets.csv", new String[] {"sales_targets", """
                source: finance
                entity: sales_targets
                fields: {period: period, period_start: period_start, period_end: period_end, owner: owner, region: region, amount: amount,
                         currency: currency}
                """});
    }

    private DemoMappings() {
    }
}
